package com.headpin.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTeamMember;
import com.headpin.accounts.AccountTeamRole;
import com.headpin.targeting.BeachheadService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.ScorecardService;
import com.headpin.targeting.ShowcaseKind;
import com.headpin.accounts.SizeBand;
import com.headpin.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * About forty demo accounts in four industries — banking, manufacturing, energy, government and utilities — with
 * contacts forming small organisation charts and scorecard scores, so lists, tiers and filters have something real;
 * head pins and four account plans ({@link PlanDemoData}). Present once any account exists; owned by the demo
 * users and teams.
 */
@Component
class AccountDemoData implements DemoData {

    /** Who owns an industry's accounts and which team they belong to. */
    private record Territory(long ownerId, long teamId, long regionId, long consultantId) {
    }

    private record Seed(String name, String altName, Nature nature, SizeBand size, FunnelPosition funnel,
                        int potentialWan) {
    }

    private static final Map<Industry, List<Seed>> SEEDS = Map.of(
            Industry.BANKING, List.of(
                    seed("上海浦江银行", "Pujiang Bank", Nature.STATE_OWNED, SizeBand.ENTERPRISE, FunnelPosition.IN, 800),
                    seed("华东商业银行", "East China Commercial Bank", Nature.STATE_OWNED, SizeBand.ENTERPRISE,
                            FunnelPosition.IN, 650),
                    seed("长三角农村商业银行", "Yangtze Delta Rural Bank", Nature.PRIVATE, SizeBand.LARGE,
                            FunnelPosition.ABOVE, 220),
                    seed("苏州城市银行", "Suzhou City Bank", Nature.STATE_OWNED, SizeBand.LARGE, FunnelPosition.BELOW,
                            300),
                    seed("杭州联合银行", "Hangzhou United Bank", Nature.PRIVATE, SizeBand.LARGE, FunnelPosition.ABOVE,
                            150),
                    seed("宁波港口银行", "Ningbo Harbour Bank", Nature.PRIVATE, SizeBand.MEDIUM, FunnelPosition.ABOVE,
                            90),
                    seed("东海证券", "Donghai Securities", Nature.STATE_OWNED, SizeBand.LARGE, FunnelPosition.IN, 260),
                    seed("江南信托", "Jiangnan Trust", Nature.PRIVATE, SizeBand.MEDIUM, FunnelPosition.ABOVE, 60),
                    seed("沪上人寿保险", "Hushang Life Insurance", Nature.FOREIGN_INVESTED, SizeBand.LARGE,
                            FunnelPosition.ABOVE, 180),
                    seed("金陵银行", "Jinling Bank", Nature.STATE_OWNED, SizeBand.LARGE, FunnelPosition.IN, 240)),
            Industry.MANUFACTURING, List.of(
                    seed("杭州精工机械", "Hangzhou Precision Machinery", Nature.PRIVATE, SizeBand.LARGE,
                            FunnelPosition.IN, 320),
                    seed("宁波汽车零部件集团", "Ningbo Auto Parts Group", Nature.PRIVATE, SizeBand.ENTERPRISE,
                            FunnelPosition.ABOVE, 400),
                    seed("绍兴纺织科技", "Shaoxing Textile Technology", Nature.PRIVATE, SizeBand.MEDIUM,
                            FunnelPosition.ABOVE, 70),
                    seed("台州模具", "Taizhou Moulds", Nature.PRIVATE, SizeBand.SMALL, FunnelPosition.ABOVE, 30),
                    seed("嘉兴电子", "Jiaxing Electronics", Nature.FOREIGN_INVESTED, SizeBand.LARGE,
                            FunnelPosition.BELOW, 210),
                    seed("湖州新材料", "Huzhou New Materials", Nature.PRIVATE, SizeBand.MEDIUM, FunnelPosition.ABOVE,
                            80),
                    seed("金华五金工具", "Jinhua Hardware Tools", Nature.PRIVATE, SizeBand.MEDIUM, FunnelPosition.ABOVE,
                            45),
                    seed("温州电气", "Wenzhou Electric", Nature.PRIVATE, SizeBand.LARGE, FunnelPosition.IN, 190),
                    seed("舟山船舶重工", "Zhoushan Shipbuilding", Nature.STATE_OWNED, SizeBand.ENTERPRISE,
                            FunnelPosition.ABOVE, 500),
                    seed("萧山化纤", "Xiaoshan Chemical Fibre", Nature.PRIVATE, SizeBand.LARGE, FunnelPosition.ABOVE,
                            110)),
            Industry.ENERGY, List.of(
                    seed("华北电网", "North China Grid", Nature.STATE_OWNED, SizeBand.ENTERPRISE, FunnelPosition.IN,
                            900),
                    seed("大同煤业能源", "Datong Coal Energy", Nature.STATE_OWNED, SizeBand.ENTERPRISE,
                            FunnelPosition.ABOVE, 350),
                    seed("内蒙古风电", "Inner Mongolia Wind Power", Nature.STATE_OWNED, SizeBand.LARGE,
                            FunnelPosition.IN, 280),
                    seed("天津石化", "Tianjin Petrochemical", Nature.STATE_OWNED, SizeBand.ENTERPRISE,
                            FunnelPosition.ABOVE, 450),
                    seed("山东核电", "Shandong Nuclear Power", Nature.STATE_OWNED, SizeBand.LARGE,
                            FunnelPosition.ABOVE, 380),
                    seed("河北光伏", "Hebei Solar", Nature.PRIVATE, SizeBand.MEDIUM, FunnelPosition.ABOVE, 75),
                    seed("北京燃气热力", "Beijing Gas & Heating", Nature.STATE_OWNED, SizeBand.LARGE,
                            FunnelPosition.BELOW, 260),
                    seed("山西焦化", "Shanxi Coking", Nature.STATE_OWNED, SizeBand.LARGE, FunnelPosition.ABOVE, 120),
                    seed("渤海海上油气", "Bohai Offshore Oil & Gas", Nature.STATE_OWNED, SizeBand.ENTERPRISE,
                            FunnelPosition.ABOVE, 420),
                    seed("辽宁储能", "Liaoning Energy Storage", Nature.PRIVATE, SizeBand.SMALL, FunnelPosition.ABOVE,
                            40)),
            Industry.GOVERNMENT_UTILITIES, List.of(
                    seed("北京市水务集团", "Beijing Water Group", Nature.STATE_OWNED, SizeBand.ENTERPRISE,
                            FunnelPosition.IN, 300),
                    seed("天津地铁", "Tianjin Metro", Nature.STATE_OWNED, SizeBand.LARGE, FunnelPosition.ABOVE, 240),
                    seed("河北省政务服务中心", "Hebei Government Service Centre", Nature.GOVERNMENT,
                            SizeBand.MEDIUM, FunnelPosition.ABOVE, 150),
                    seed("石家庄公交集团", "Shijiazhuang Bus Group", Nature.STATE_OWNED, SizeBand.LARGE,
                            FunnelPosition.ABOVE, 85),
                    seed("北京市社会保障中心", "Beijing Social Security Centre", Nature.PUBLIC_INSTITUTION,
                            SizeBand.LARGE, FunnelPosition.ABOVE, 200),
                    seed("天津港务局", "Tianjin Port Authority", Nature.GOVERNMENT, SizeBand.LARGE,
                            FunnelPosition.IN, 230),
                    seed("唐山供热公司", "Tangshan Heating Company", Nature.STATE_OWNED, SizeBand.MEDIUM,
                            FunnelPosition.ABOVE, 55),
                    seed("保定市自来水公司", "Baoding Water Works", Nature.STATE_OWNED, SizeBand.MEDIUM,
                            FunnelPosition.ABOVE, 50),
                    seed("雄安新区管委会", "Xiong'an New Area Administration", Nature.GOVERNMENT, SizeBand.MEDIUM,
                            FunnelPosition.ABOVE, 350),
                    seed("廊坊燃气", "Langfang Gas", Nature.STATE_OWNED, SizeBand.MEDIUM, FunnelPosition.BELOW, 95)));

    private static final String[][] PEOPLE = {
            {"刘建国", "总经理 General Manager", "总经理办公室"},
            {"陈晓梅", "首席信息官 CIO", "信息技术部"},
            {"王磊", "技术总监 Technical Director", "信息技术部"},
            {"赵静", "业务主管 Business Lead", "运营部"},
    };

    private final AccountService accounts;
    private final ContactService contacts;
    private final ScorecardService scorecard;
    private final BusinessCalendar calendar;
    private final BeachheadService beachheads;
    private final PlanDemoData plans;

    /** The head pin per industry: a mid-sized showcase customer, not the regulator and not the slowest giant. */
    private static final Map<Industry, String> HEAD_PINS = Map.of(
            Industry.BANKING, "苏州城市银行",
            Industry.MANUFACTURING, "嘉兴电子",
            Industry.ENERGY, "北京燃气热力",
            Industry.GOVERNMENT_UTILITIES, "廊坊燃气");

    private final OrganisationDemoData organisation;

    AccountDemoData(AccountService accounts, ContactService contacts, ScorecardService scorecard,
                    BusinessCalendar calendar, BeachheadService beachheads, PlanDemoData plans,
                    OrganisationDemoData organisation) {
        this.accounts = accounts;
        this.organisation = organisation;
        this.contacts = contacts;
        this.scorecard = scorecard;
        this.calendar = calendar;
        this.beachheads = beachheads;
        this.plans = plans;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public boolean present() {
        return accounts.count(new AccountFilter("", null, null, null, null, null, true)) > 0;
    }

    @Override
    public void seed() {
        seed(territories());
    }

    /** Who owns which industry's accounts: the demo organisation's reps and teams. */
    private Map<Industry, Territory> territories() {
        OrganisationDemoData.Directory demo = organisation.directory();
        long consultant = demo.user("consultant");
        long east = demo.unit(OrganisationDemoData.EAST_REGION);
        long north = demo.unit(OrganisationDemoData.NORTH_REGION);
        return Map.of(
                Industry.BANKING, new Territory(demo.user("rep"), demo.unit(OrganisationDemoData.BANKING_TEAM), east,
                        consultant),
                Industry.MANUFACTURING, new Territory(demo.user("rep2"),
                        demo.unit(OrganisationDemoData.MANUFACTURING_TEAM), east, consultant),
                Industry.ENERGY, new Territory(demo.user("rep3"), demo.unit(OrganisationDemoData.ENERGY_TEAM), north,
                        consultant),
                Industry.GOVERNMENT_UTILITIES, new Territory(demo.user("north.director"),
                        demo.unit(OrganisationDemoData.GOVERNMENT_TEAM), north, consultant));
    }

    private void seed(Map<Industry, Territory> territories) {
        List<Criterion> criteria = scorecard.criteria();
        Map<Industry, Map<String, Long>> ids = new java.util.EnumMap<>(Industry.class);
        int n = 0;
        for (Industry industry : List.of(Industry.BANKING, Industry.MANUFACTURING, Industry.ENERGY,
                Industry.GOVERNMENT_UTILITIES)) {
            Territory territory = territories.get(industry);
            for (Seed seed : SEEDS.get(industry)) {
                AccountDetails account = accounts.create(new AccountInput(0, seed.name(), seed.altName(), industry,
                        seed.nature(), seed.size(), territory.regionId(), territory.teamId(), territory.ownerId(),
                        seed.funnel(), null, null, "www." + slug(seed.altName()) + ".example.cn", null,
                        BigDecimal.valueOf(seed.potentialWan() * 10_000L), null,
                        Set.of(new AccountTeamMember(territory.ownerId(), AccountTeamRole.ACCOUNT_MANAGER),
                                new AccountTeamMember(territory.consultantId(), AccountTeamRole.CONSULTANT))));
                contactsFor(account.id(), territory.ownerId(), n);
                ids.computeIfAbsent(industry, i -> new java.util.HashMap<>()).put(seed.name(), account.id());
                // Every fourth account is scored on its first two criteria only, as by a rep who has just
                // started: the list and the scorecard show such a score as incomplete.
                int scored = n % 4 == 3 ? Math.min(2, criteria.size()) : criteria.size();
                for (int c = 0; c < scored; c++) {
                    // A spread of scores that varies by account, so the fit column sorts meaningfully.
                    scorecard.score(account.id(), criteria.get(c).id(), (seed.potentialWan() / 60 + n + c) % 6);
                }
                n++;
            }
        }
        ids.forEach(this::beachhead);
        // Plans for the demo reps' key accounts.
        plans.seed(ids.get(Industry.BANKING).get("上海浦江银行"), territories.get(Industry.BANKING).ownerId());
        plans.seed(ids.get(Industry.BANKING).get("华东商业银行"), territories.get(Industry.BANKING).ownerId());
        plans.seed(ids.get(Industry.MANUFACTURING).get("杭州精工机械"), territories.get(Industry.MANUFACTURING).ownerId());
        plans.seed(ids.get(Industry.ENERGY).get("华北电网"), territories.get(Industry.ENERGY).ownerId());
    }

    private void beachhead(Industry industry, Map<String, Long> accountIds) {
        long headPin = accountIds.get(HEAD_PINS.get(industry));
        Set<Long> lookAlikes = new java.util.HashSet<>(accountIds.values());
        lookAlikes.remove(headPin);
        beachheads.update(industry, 0, null, Set.of(headPin), lookAlikes);
        LocalDate today = calendar.today();
        beachheads.addShowcase(headPin, ShowcaseKind.CASE_STUDY, today.minusMonths(2),
                "https://www.example.cn/cases/" + headPin, null);
        beachheads.addShowcase(headPin, ShowcaseKind.REFERENCE_VISIT, today.minusWeeks(3), null, null);
    }

    private void contactsFor(long accountId, long ownerId, int n) {
        ContactDetails boss = null;
        for (int i = 0; i < PEOPLE.length - (n % 2); i++) {
            String[] person = PEOPLE[(i + n) % PEOPLE.length];
            ContactDetails created = contacts.create(accountId, new ContactInput(0, person[0], person[1], person[2],
                    boss == null ? null : boss.id(), "+86 10 " + (6000_0000 + n * 100 + i), null, null,
                    calendar.today().minusDays(7L * (i + 1) + n), ownerId));
            if (boss == null) {
                boss = created;
            }
        }
    }

    private static Seed seed(String name, String altName, Nature nature, SizeBand size, FunnelPosition funnel,
                             int potentialWan) {
        return new Seed(name, altName, nature, size, funnel, potentialWan);
    }

    private static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
