package com.headpin.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.headpin.shared.ImportPreview;
import com.headpin.shared.ImportRow;
import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The visibility rule on accounts (demo data: see AccountDemoData), on lists, search, export and import. */
@HeadpinTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountCsvService csv;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Timeline timeline;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachRoleSeesItsPartOfTheCompany() {
        assertThat(visibleIndustries("rep")).containsOnly(Industry.BANKING);
        assertThat(visibleIndustries("rep2")).containsOnly(Industry.BANKING, Industry.MANUFACTURING);
        assertThat(visibleIndustries("rep3")).containsOnly(Industry.ENERGY);
        assertThat(visibleIndustries("consultant")).containsOnly(Industry.MANUFACTURING);
        // The account's team decides: rep2 owns the Manufacturing team's accounts, which their manager does not see.
        assertThat(visibleIndustries("manager")).containsOnly(Industry.BANKING);
        assertThat(visibleIndustries("north.director")).containsOnly(Industry.ENERGY,
                Industry.GOVERNMENT_UTILITIES);
        assertThat(visibleIndustries("director")).containsOnly(Industry.BANKING, Industry.MANUFACTURING,
                Industry.ENERGY, Industry.GOVERNMENT_UTILITIES);
    }

    @Test
    void searchFindsEitherScriptButOnlyWithinVisibility() {
        TestLogin.as(userDetails, "rep");
        assertThat(names(search("浦江"))).containsExactly("上海浦江银行");
        assertThat(names(search("PUJIANG"))).containsExactly("上海浦江银行");
        TestLogin.as(userDetails, "rep3");
        assertThat(search("浦江")).isEmpty();
        assertThat(search("%")).isEmpty();
    }

    @Test
    void exportContainsWhatTheFilterShowsWithinVisibility() {
        TestLogin.as(userDetails, "rep3");
        String export = csv.export(AccountFilter.ALL_ACTIVE);
        assertThat(export).startsWith("\uFEFFname,alt_name,industry").contains("华北电网")
                .doesNotContain("上海浦江银行", "北京市水务集团");
        assertThat(export.lines().count()).isEqualTo(1 + 10);
    }

    @Test
    void importWithABadRowImportsNothingAndACleanFileImportsAll() {
        TestLogin.as(userDetails, "rep");
        long before = accounts.count(AccountFilter.ALL_ACTIVE);
        String bad = "name,industry,owner,annual_potential\n"
                + "南京测试银行,BANKING,rep,1000000\n"
                + "<script>,BANKING,rep3,lots\n";
        ImportPreview preview = csv.preview(bad);
        assertThat(preview.clean()).isFalse();
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).valid()).isTrue();
        assertThat(preview.rows().get(1).errors()).containsKeys("name", "owner", "annualPotential");
        assertThatThrownBy(() -> csv.importAll(bad)).isInstanceOf(InvalidInputException.class);
        assertThat(accounts.count(AccountFilter.ALL_ACTIVE)).isEqualTo(before);

        String clean = "name,alt_name,industry,owner,annual_potential\n"
                + "南京测试银行,Nanjing Test Bank,BANKING,rep,\"1,000,000\"\n"
                + "无锡测试银行,,banking,,500000\n";
        assertThat(csv.importAll(clean)).isEqualTo(2);
        assertThat(names(search("测试银行"))).containsExactlyInAnyOrder("南京测试银行", "无锡测试银行");
        assertThat(search("Nanjing").getFirst().annualPotential()).isEqualByComparingTo("1000000");
        assertThat(csv.preview(clean).rows()).allSatisfy(row -> assertThat(row.errors())
                .containsEntry("name", "import.duplicate-name"));
    }

    @Test
    void tiersFollowTheValueAndAnOverrideShows() {
        TestLogin.as(userDetails, "rep");
        // Without deals, so that its estimated potential is its value (with deals, their value counts).
        AccountDetails like = accounts.find(search("宁波港口银行").getFirst().id()).orElseThrow();
        AccountDetails small = accounts.create(new AccountInput(0, "潜力测试客户", null, like.industry(),
                like.nature(), like.sizeBand(), like.regionId(), like.teamId(), like.ownerId(), like.funnelPosition(),
                null, null, null, null, BigDecimal.ONE, null, Set.of()));
        assertThat(small.tier()).isNotEqualTo(Tier.A);
        AccountInput bigger = withPotential(AccountInput.from(small), new BigDecimal("500000000"));
        AccountDetails now = accounts.update(small.id(), bigger);
        assertThat(now.tier()).isEqualTo(Tier.A);
        assertThat(search("潜力测试客户").getFirst().tierOverridden()).isFalse();

        AccountDetails overridden = accounts.update(small.id(), withOverride(AccountInput.from(now), Tier.C));
        assertThat(overridden.effectiveTier()).isEqualTo(Tier.C);
        assertThat(search("潜力测试客户").getFirst().tierOverridden()).isTrue();
        accounts.update(small.id(), withOverride(withPotential(AccountInput.from(overridden),
                small.annualPotential()), null));
    }

    @Test
    void accountChangesShowOnItsTimelineForThoseWhoMaySeeIt() {
        TestLogin.as(userDetails, "rep");
        AccountDetails account = accounts.find(search("江南信托").getFirst().id()).orElseThrow();
        accounts.update(account.id(), withPotential(AccountInput.from(account), new BigDecimal("1234567")));
        List<TimelineEntry> entries = timeline.entries(AccountTopics.ACCOUNT, account.id(),
                java.util.Locale.ENGLISH);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(TimelineEntry.Kind.FIELD_CHANGED);
            assertThat(entry.field()).isEqualTo("account.annual-potential");
            assertThat(entry.before()).isEqualTo("¥600,000");
            assertThat(entry.after()).isEqualTo("¥1,234,567");
            assertThat(entry.actorName()).isEqualTo("张敏");
        });
        TestLogin.as(userDetails, "rep3");
        assertThatThrownBy(() -> timeline.entries(AccountTopics.ACCOUNT, account.id(), java.util.Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class);
    }

    private static AccountInput withPotential(AccountInput in, BigDecimal potential) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), in.ownerId(), in.funnelPosition(), in.parentId(), in.address(),
                in.website(), in.notes(), potential, in.tierOverride(), in.team());
    }

    private static AccountInput withOverride(AccountInput in, @Nullable Tier tier) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), in.ownerId(), in.funnelPosition(), in.parentId(), in.address(),
                in.website(), in.notes(), in.annualPotential(), tier, in.team());
    }

    private Set<Industry> visibleIndustries(String username) {
        TestLogin.as(userDetails, username);
        return Set.copyOf(accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).map(AccountSummary::industry)
                .toList());
    }

    private List<AccountSummary> search(String text) {
        return accounts.page(new AccountFilter(text, null, null, null, null, null, true), Pageable.unpaged())
                .getContent();
    }

    private static List<String> names(List<AccountSummary> rows) {
        return rows.stream().map(AccountSummary::name).toList();
    }
}
