package com.headpin.stakeholders;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.headpin.HeadpinTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Personal win results and the catalogue through the services, on H2 and MariaDB: idempotent assignment, moves that
 * merge, versioned removal, the cascade when an influence goes, and who may do what.
 */
@HeadpinTest
class WinResultServiceIT {

    @Autowired
    WinResultService results;
    @Autowired
    WinResultCatalogService catalog;
    @Autowired
    ApplicationContext context;

    TestDeals test;
    TestInfluences influences;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
        influences = TestInfluences.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aWinResultIsGivenOnceMovedBetweenPeopleAndTakenAwayAsLoaded() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Win results: service", 300_000);
        List<ContactDetails> people = influences.contactsOf(deal.accountId());
        long cfo = influences.add(deal.id(), people.get(0).id(), InfluenceRole.DECISION_MAKER);
        long cio = influences.add(deal.id(), people.get(1).id(), InfluenceRole.TECHNICAL_GATEKEEPER,
                InfluenceRole.USER);
        StandardWinResult recognition = entry("Recognition by others");

        PersonalWinResult first = test.as("rep", () -> results.assign(deal.id(), cfo, recognition.id()));
        PersonalWinResult again = test.as("rep", () -> results.assign(deal.id(), cfo, recognition.id()));
        assertThat(again.id()).as("the same win result twice on a person is there once").isEqualTo(first.id());
        assertThat(first.label(Locale.ENGLISH)).isEqualTo("Recognition by others");
        assertThat(first.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("获得大家的认可");

        test.as("manager", () -> results.assign(deal.id(), cio, recognition.id()));
        PersonalWinResult own = test.as("rep", () -> results.addOwn(deal.id(), cio, " 借项目争取晋升 ", "饭桌上提到"));
        assertThat(own.own()).isTrue();
        assertThat(own.label(Locale.ENGLISH)).isEqualTo("借项目争取晋升");
        assertThat(test.as("rep", () -> results.addOwn(deal.id(), cio, "借项目争取晋升", null)).id())
                .isEqualTo(own.id());

        // Moving the CFO's win result to the CIO, who has it already, merges the two.
        test.as("rep", () -> results.move(deal.id(), first.id(), first.version(), cio));
        Map<Long, List<PersonalWinResult>> byPerson = test.as("manager",
                () -> results.winResultsByInfluence(deal.id()));
        assertThat(byPerson).doesNotContainKey(cfo);
        assertThat(byPerson.get(cio)).extracting(r -> r.label(Locale.ENGLISH))
                .containsExactly("Recognition by others", "借项目争取晋升");

        // The own words move to the CFO; a second move from the old copy is refused as stale.
        PersonalWinResult moved = test.as("rep", () -> results.move(deal.id(), own.id(), own.version(), cfo));
        assertThat(moved.influenceId()).isEqualTo(cfo);
        assertThatThrownBy(() -> test.as("rep", () -> results.move(deal.id(), own.id(), own.version(), cio)))
                .isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> test.as("rep", () -> {
            results.unassign(deal.id(), moved.id(), own.version());
            return null;
        })).isInstanceOf(StaleDataException.class);
        test.as("rep", () -> {
            results.unassign(deal.id(), moved.id(), moved.version());
            results.unassign(deal.id(), moved.id(), moved.version());
            return null;
        });

        WinResultsBoard board = test.as("manager", () -> results.board(deal.id()));
        assertThat(board.influences()).extracting(InfluenceRow::id).containsExactly(cfo, cio);
        assertThat(board.of(cfo)).isEmpty();
        assertThat(board.of(cio)).hasSize(1);
        assertThat(board.pool()).extracting(StandardWinResult::labelZh).contains("得到更多的自由", "更好的职业发展");
        assertThat(board.mayEdit()).isTrue();
    }

    @Test
    void removingAnInfluenceRemovesItsWinResults() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Win results: cascade", 200_000);
        List<ContactDetails> people = influences.contactsOf(deal.accountId());
        long coach = influences.add(deal.id(), people.get(0).id(), InfluenceRole.COACH);
        long user = influences.add(deal.id(), people.get(1).id(), InfluenceRole.USER);
        test.as("rep", () -> results.assign(deal.id(), coach, entry("Personal advancement").id()));
        test.as("rep", () -> results.addOwn(deal.id(), coach, "Wants to lead the project", null));
        test.as("rep", () -> results.assign(deal.id(), user, entry("More leisure").id()));

        influences.remove(coach);

        Map<Long, List<PersonalWinResult>> left = test.as("rep", () -> results.winResultsByInfluence(deal.id()));
        assertThat(left).containsOnlyKeys(user);
        assertThatThrownBy(() -> test.as("rep", () -> results.assign(deal.id(), coach,
                entry("Control").id()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyEditorsWhoMayEditTheDealSortWinResults() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Win results: access", 400_000);
        long person = influences.add(deal.id(), influences.contactsOf(deal.accountId()).getFirst().id(),
                InfluenceRole.USER);
        long control = entry("Control").id();
        assertThatThrownBy(() -> test.as("consultant", () -> results.assign(deal.id(), person, control)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> test.as("rep3", () -> results.assign(deal.id(), person, control)))
                .as("a deal outside the caller's part is not found").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> test.as("rep3", () -> results.board(deal.id())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(test.as("manager", () -> results.board(deal.id())).mayEdit()).isTrue();
    }

    @Test
    void directorsKeepTheCatalogueInBothLanguagesAndAUsedEntryIsDeactivated() {
        StandardWinResult added = test.as("director", () -> catalog.save(null, new StandardWinResultInput(0,
                "Less travel", "", WinResultKind.FAMILY_CAREER, true)));
        assertThat(added.label(Locale.SIMPLIFIED_CHINESE)).as("the other language when one is empty")
                .isEqualTo("Less travel");
        StandardWinResult renamed = test.as("admin", () -> catalog.save(added.id(),
                StandardWinResultInput.from(added).withLabels("Less business travel", "减少出差")));
        assertThat(renamed.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("减少出差");
        assertThatThrownBy(() -> test.as("director", () -> catalog.save(added.id(),
                StandardWinResultInput.from(added)))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> test.as("director", () -> catalog.save(null, new StandardWinResultInput(0,
                " ", "", WinResultKind.PERSONAL, true)))).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("labelEn", "win-result.label.required"));
        assertThatThrownBy(() -> test.as("rep", () -> catalog.save(null, new StandardWinResultInput(0,
                "Rep's own", "", WinResultKind.PERSONAL, true)))).isInstanceOf(AccessDeniedException.class);

        List<StandardWinResult> moved = test.as("director", () -> catalog.move(renamed.id(), renamed.version(), -1));
        assertThat(moved.get(moved.size() - 2).id()).isEqualTo(renamed.id());
        StandardWinResult current = test.as("director", () -> catalog.list()).stream()
                .filter(w -> w.id() == renamed.id()).findFirst().orElseThrow();

        DealDetails deal = test.create("rep", "华东商业银行", "Win results: catalogue", 500_000);
        long person = influences.add(deal.id(), influences.contactsOf(deal.accountId()).getFirst().id(),
                InfluenceRole.USER);
        test.as("rep", () -> results.assign(deal.id(), person, current.id()));
        assertThat(test.as("director", () -> catalog.remove(current.id(), current.version()))).isFalse();
        assertThat(test.as("rep", () -> results.board(deal.id())).pool()).extracting(StandardWinResult::id)
                .doesNotContain(current.id());
        assertThat(test.as("rep", () -> results.winResultsByInfluence(deal.id())).get(person))
                .extracting(r -> r.label(Locale.SIMPLIFIED_CHINESE)).containsExactly("减少出差");

        StandardWinResult unused = test.as("director", () -> catalog.save(null, new StandardWinResultInput(0,
                "Unused", "未使用", WinResultKind.PERSONAL, true)));
        assertThat(test.as("director", () -> catalog.remove(unused.id(), unused.version()))).isTrue();
        assertThat(test.as("rep", () -> catalog.list())).extracting(StandardWinResult::id).doesNotContain(unused.id());
    }

    private StandardWinResult entry(String english) {
        return test.as("rep", () -> catalog.list()).stream().filter(w -> w.labelEn().equals(english)).findFirst()
                .orElseThrow();
    }
}
