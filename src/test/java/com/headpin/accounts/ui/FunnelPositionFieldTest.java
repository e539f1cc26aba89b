package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.util.Set;

import com.headpin.KaribuTest;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.deals.TestDeals;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The account form shows the funnel position its deals give, and leaves it to the team while there are none. */
class FunnelPositionFieldTest extends KaribuTest {

    @Autowired ApplicationContext context;
    @Autowired AccountService accounts;

    @Test
    void anAccountWithDealsShowsItsPositionAsTheirsAndOneWithoutLetsTheTeamChoose() {
        TestDeals test = TestDeals.of(context);
        long withDeals = test.accountId("杭州联合银行");
        AccountDetails like = test.as("rep", () -> accounts.find(withDeals).orElseThrow());
        AccountDetails withoutDeals = test.as("rep", () -> accounts.create(new AccountInput(0, "漏斗字段测试客户", null,
                Industry.OTHER, Nature.PRIVATE, SizeBand.SMALL, like.regionId(), like.teamId(), like.ownerId(),
                FunnelPosition.ABOVE, null, null, null, null, BigDecimal.ONE, null, Set.of())));
        openAs("rep");

        navigate("accounts/" + withDeals);
        Select<?> position = funnelPosition();
        assertThat(position.isReadOnly()).isTrue();
        assertThat(position.getHelperText()).startsWith("由客户的项目决定"); // the rep reads Chinese

        navigate("accounts/" + withoutDeals.id());
        assertThat(funnelPosition().isReadOnly()).isFalse();
        assertThat(funnelPosition().getHelperText()).isNull();
    }

    private static Select<?> funnelPosition() {
        return _get(Select.class, spec -> spec.withId("account-funnel-position"));
    }
}
