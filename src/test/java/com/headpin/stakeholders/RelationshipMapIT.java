package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactLinks;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealRole;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relationship map's rules through the service, on H2 and MariaDB. */
@HeadpinTest
class RelationshipMapIT {

    @Autowired
    RelationshipMapService maps;
    @Autowired
    ContactService contacts;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    ApplicationContext context;

    MapFixture given;

    @BeforeEach
    void fixtures() {
        given = MapFixture.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theMapShowsEveryContactWithReportsToLinesRolesAndCoverageGaps() {
        DealDetails deal = given.newDeal("关系图：覆盖");
        LocalDate today = calendar.today();
        ContactDetails head = given.contact(deal.accountId(), "王伟", null, today, "rep");
        ContactDetails cio = given.contact(deal.accountId(), "李娜", head.id(), today.minusDays(31), "rep");
        ContactDetails engineer = given.contact(deal.accountId(), "张强", cio.id(), null, null);
        given.influence(deal.id(), cio.id(), Set.of(InfluenceRole.TECHNICAL_GATEKEEPER), InfluenceLevel.HIGH,
                Attitude.SCEPTIC);

        RelationshipMap map = given.as("rep", () -> maps.map(deal.id()));
        assertThat(map.mayEdit()).isTrue();
        assertThat(map.people()).extracting(MapPerson::name).containsExactlyInAnyOrder("王伟", "李娜", "张强");
        MapPerson shownCio = map.person(cio.id()).orElseThrow();
        assertThat(shownCio.reportsToId()).isEqualTo(head.id());
        assertThat(shownCio.influence()).isTrue();
        assertThat(shownCio.roles()).containsExactly(InfluenceRole.TECHNICAL_GATEKEEPER);
        assertThat(shownCio.attitude()).isEqualTo(Attitude.SCEPTIC);
        assertThat(shownCio.nobodyOnOurSide()).as("the rep met her").isFalse();
        assertThat(shownCio.noRecentContact()).as("31 days ago").isTrue();
        MapPerson shownHead = map.person(head.id()).orElseThrow();
        assertThat(shownHead.influence()).isFalse();
        assertThat(shownHead.hasGap()).isFalse();
        assertThat(shownHead.coverage().lastContactByName()).isNotBlank();
        MapPerson shownEngineer = map.person(engineer.id()).orElseThrow();
        assertThat(shownEngineer.nobodyOnOurSide()).isTrue();
        assertThat(shownEngineer.noRecentContact()).isTrue();
        assertThat(map.edges()).containsExactlyInAnyOrder(MapEdge.reportsTo(cio.id(), head.id()),
                MapEdge.reportsTo(engineer.id(), cio.id()));
        given.deals().addToTeam("rep", deal.id(), "consultant", DealRole.TECHNICAL_SUPPORT);
        RelationshipMap asConsultant = given.as("consultant", () -> maps.map(deal.id()));
        assertThat(asConsultant.mayEdit()).as("a resource on the deal team reads only").isFalse();
        assertThat(asConsultant.people()).hasSize(3);
    }

    @Test
    void anInfluenceLineJoinsTwoOtherContactsOfTheAccountOnce() {
        DealDetails deal = given.newDeal("关系图：规则");
        DealDetails other = given.newDeal("关系图：别的客户");
        ContactDetails head = given.contact(deal.accountId(), "陈静", null, null, null);
        ContactDetails expert = given.contact(deal.accountId(), "刘洋", head.id(), null, null);
        ContactDetails stranger = given.contact(other.accountId(), "赵磊", null, null, null);

        refused(() -> maps.addLine(deal.id(), new InfluenceLineInput(head.id(), head.id(), null)), "to",
                "relmap.line.self");
        refused(() -> maps.addLine(deal.id(), new InfluenceLineInput(head.id(), stranger.id(), null)), "to",
                "relmap.line.contact-invalid");
        refused(() -> maps.addLine(deal.id(), new InfluenceLineInput(stranger.id(), head.id(), null)), "from",
                "relmap.line.contact-invalid");
        refused(() -> maps.addLine(deal.id(), new InfluenceLineInput(head.id(), expert.id(), "x".repeat(201))),
                "note", "validation.too-long.200");

        MapEdge line = given.as("rep", () -> maps.addLine(deal.id(),
                new InfluenceLineInput(head.id(), expert.id(), " 技术选型听他的 ")));
        assertThat(line.note()).isEqualTo("技术选型听他的");
        refused(() -> maps.addLine(deal.id(), new InfluenceLineInput(head.id(), expert.id(), null)), "to",
                "relmap.line.duplicate");
        MapEdge back = given.as("rep", () -> maps.addLine(deal.id(),
                new InfluenceLineInput(expert.id(), head.id(), null)));
        assertThat(given.as("rep", () -> maps.map(deal.id())).linesOf(head.id())).containsExactly(line, back);

        // The lines belong to the account: another deal of it shows them.
        DealDetails second = given.deals().create("rep", accountName(deal), "关系图：第二个商机", 100_000);
        assertThat(given.as("rep", () -> maps.map(second.id())).linesOf(expert.id())).hasSize(2);

        given.as("rep", () -> {
            maps.removeLine(deal.id(), line.lineId(), line.version());
            maps.removeLine(deal.id(), line.lineId(), line.version());
            return null;
        });
        assertThat(given.as("rep", () -> maps.map(deal.id())).linesOf(head.id())).containsExactly(back);
    }

    @Test
    void deletingAContactRemovesItsLinesAfterSayingHowMany() {
        DealDetails deal = given.newDeal("关系图：删除");
        ContactDetails head = given.contact(deal.accountId(), "孙丽", null, null, null);
        ContactDetails a = given.contact(deal.accountId(), "周杰", null, null, null);
        ContactDetails b = given.contact(deal.accountId(), "吴敏", null, null, null);
        given.as("rep", () -> maps.addLine(deal.id(), new InfluenceLineInput(a.id(), head.id(), null)));
        given.as("rep", () -> maps.addLine(deal.id(), new InfluenceLineInput(head.id(), b.id(), null)));
        given.as("rep", () -> maps.addLine(deal.id(), new InfluenceLineInput(a.id(), b.id(), null)));

        List<ContactLinks.ContactLink> links = given.as("rep", () -> contacts.links(head.id()));
        assertThat(links).contains(new ContactLinks.ContactLink("relmap.contact-link", List.of(2)));
        given.as("rep", () -> {
            contacts.delete(head.id(), head.version());
            return null;
        });
        RelationshipMap map = given.as("rep", () -> maps.map(deal.id()));
        assertThat(map.people()).extracting(MapPerson::name).containsExactlyInAnyOrder("周杰", "吴敏");
        assertThat(map.edges()).singleElement().satisfies(e -> assertThat(e.fromContactId()).isEqualTo(a.id()));
        assertThat(given.as("rep", () -> contacts.links(a.id()))).contains(
                new ContactLinks.ContactLink("relmap.contact-link", List.of(1)));
    }

    @Test
    void someoneOutsideTheDealsPartNeitherReadsNorChangesTheMap() {
        DealDetails deal = given.newDeal("关系图：权限");
        ContactDetails a = given.contact(deal.accountId(), "郑浩", null, null, null);
        ContactDetails b = given.contact(deal.accountId(), "冯雪", null, null, null);
        refusedAs("rep3", () -> maps.map(deal.id()), "deal", "deal.not-found");
        refusedAs("rep3", () -> maps.addLine(deal.id(), new InfluenceLineInput(a.id(), b.id(), null)), "deal",
                "deal.not-found");
        given.deals().addToTeam("rep", deal.id(), "consultant", DealRole.TECHNICAL_SUPPORT);
        assertThatThrownBy(() -> given.as("consultant", () -> maps.addLine(deal.id(),
                new InfluenceLineInput(a.id(), b.id(), null)))).isInstanceOf(AccessDeniedException.class);
        assertThat(given.as("rep", () -> maps.map(deal.id())).edges()).isEmpty();
    }

    private String accountName(DealDetails deal) {
        return given.as("rep", () -> context.getBean(com.headpin.accounts.AccountService.class)
                .find(deal.accountId()).orElseThrow().name());
    }

    private void refused(Runnable call, String field, String key) {
        refusedAs("rep", () -> {
            call.run();
            return null;
        }, field, key);
    }

    private <T> void refusedAs(String username, java.util.function.Supplier<T> call, String field, String key) {
        assertThatThrownBy(() -> given.as(username, call)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }
}
