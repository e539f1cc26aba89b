package com.headpin.collaboration;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments name people by full name, Chinese or English; a username typed by hand becomes the name. */
class MentionsTest {

    private static final Mentionable NA = new Mentionable(1, "manager", "李娜");
    private static final Mentionable NANA = new Mentionable(2, "nana", "李娜娜");
    private static final Mentionable EMMA = new Mentionable(3, "rep3", "Emma Clarke");
    private static final Mentionable REP = new Mentionable(4, "rep", "张敏");
    private static final Mentionable REP2 = new Mentionable(5, "rep2", "刘洋");
    private static final List<Mentionable> PEOPLE = List.of(NA, NANA, EMMA, REP, REP2);

    @Test
    void namesAreFoundWhereverTheyStandAndTheLongestNameWins() {
        Mentions.Found found = Mentions.in("@李娜请看，@李娜娜也看。@Emma Clarke, thanks", PEOPLE);
        assertThat(found.people()).containsExactly(NA, NANA, EMMA);
        assertThat(found.text()).isEqualTo("@李娜请看，@李娜娜也看。@Emma Clarke, thanks");
    }

    @Test
    void usernamesBecomeNamesAndOnlyWholeUsernamesCount() {
        Mentions.Found found = Mentions.in("@REP2 and @rep, not @rep22 nor mail@rep.cn; @nobody", PEOPLE);
        assertThat(found.people()).containsExactly(REP2, REP);
        assertThat(found.text()).isEqualTo("@刘洋 and @张敏, not @rep22 nor mail@rep.cn; @nobody");
    }

    @Test
    void anEnglishNameMustEndThere() {
        assertThat(Mentions.in("@Emma Clarkeson", PEOPLE).people()).isEmpty();
        assertThat(Mentions.in("@Emma Clarke.", PEOPLE).people()).containsExactly(EMMA);
    }
}
