package com.headpin.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Cities for the demo people and the demo accounts whose names start with one, so that the sales plan counts travel
 * days: the Shanghai banking team visits customers in Suzhou and Hangzhou, the Beijing energy team in Tianjin.
 */
@Component
class CityDemoData implements DemoData {

    private static final Map<String, String> PEOPLE = Map.of("director", "上海", "manager", "上海", "rep", "上海",
            "rep2", "杭州", "rep3", "北京", "north.director", "北京", "consultant", "杭州");
    /** Name prefixes that say where a demo account sits. */
    private static final List<Map.Entry<String, String>> PLACES = List.of(Map.entry("上海", "上海"),
            Map.entry("沪上", "上海"), Map.entry("苏州", "苏州"), Map.entry("杭州", "杭州"), Map.entry("萧山", "杭州"),
            Map.entry("宁波", "宁波"), Map.entry("绍兴", "绍兴"), Map.entry("台州", "台州"), Map.entry("嘉兴", "嘉兴"),
            Map.entry("湖州", "湖州"), Map.entry("金华", "金华"), Map.entry("温州", "温州"), Map.entry("舟山", "舟山"),
            Map.entry("金陵", "南京"), Map.entry("北京", "北京"), Map.entry("华北", "北京"), Map.entry("天津", "天津"),
            Map.entry("大同", "大同"), Map.entry("石家庄", "石家庄"), Map.entry("唐山", "唐山"), Map.entry("保定", "保定"),
            Map.entry("雄安", "雄安"), Map.entry("廊坊", "廊坊"));

    private final UserAccountService users;
    private final AccountService accounts;

    CityDemoData(UserAccountService users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String name() {
        return "cities";
    }

    @Override
    public boolean present() {
        return users.activeUsers().stream().anyMatch(u -> u.city() != null);
    }

    @Override
    public void seed() {
        for (UserSummary user : users.activeUsers()) {
            String city = PEOPLE.get(user.username());
            if (city != null) {
                users.update(new UserChanges(user.id(), user.version(), user.fullName(), user.email(), user.roles(),
                        user.enabled(), user.preferredLanguage(), city));
            }
        }
        accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).forEach(summary -> cityOf(summary.name())
                .ifPresent(city -> accounts.find(summary.id()).ifPresent(account -> place(account, city))));
    }

    private void place(AccountDetails a, String city) {
        AccountInput input = AccountInput.from(a);
        accounts.update(a.id(), new AccountInput(input.version(), input.name(), input.altName(), input.industry(),
                input.nature(), input.sizeBand(), input.regionId(), input.teamId(), input.ownerId(),
                input.funnelPosition(), input.parentId(), input.address(), input.website(), input.notes(),
                input.annualPotential(), input.tierOverride(), input.team(), city));
    }

    private static Optional<String> cityOf(String accountName) {
        return PLACES.stream().filter(p -> accountName.startsWith(p.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
