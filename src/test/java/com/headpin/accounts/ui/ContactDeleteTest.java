package com.headpin.accounts.ui;

import java.util.stream.IntStream;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a contact that an account plan's relationships use asks first, then removes contact and link. */
class ContactDeleteTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    PlanItemService items;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void deletingAContactInARelationshipPlanAsksThenRemovesTheLinkToo() {
        record Setup(long accountId, PlanDetails plan, ContactDetails contact) {
        }
        Setup setup = TestSessions.as(userDetails, "rep3", () -> {
            long accountId = accounts.page(new AccountFilter("华北电网", null, null, null, null, null, true),
                    Pageable.unpaged()).getContent().getFirst().id();
            PlanDetails plan = plans.plan(accountId, plans.years(accountId).getFirst()).orElseThrow();
            ContactDetails contact = contacts.create(accountId, new ContactInput(0, "待删除 To delete", null, null,
                    null, null, null, null, null, null));
            items.addRelationship(plan.id(), contact.id(), currentUser.requireId(), null);
            return new Setup(accountId, plan, contact);
        });
        openAs("rep3");
        navigate("accounts/" + setup.accountId());
        _get(TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        TreeGrid<ContactDetails> chart = _get(TreeGrid.class, spec -> spec.withId("contacts-chart"));
        int row = IntStream.range(0, _size(chart)).filter(i -> _get(chart, i).id() == setup.contact().id())
                .findFirst().orElseThrow();
        _clickItem(chart, row);

        _click(_get(Button.class, spec -> spec.withId("delete-contact")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-delete-contact"));
        assertThat(confirm.getElement().getProperty("message")).contains("待删除 To delete")
                .contains(String.valueOf(setup.plan().year()));
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));

        _assertNone(ContactDialog.class);
        TestSessions.as(userDetails, "rep3", () -> {
            assertThat(contacts.find(setup.contact().id())).isEmpty();
            assertThat(plans.plan(setup.plan().id()).relationships())
                    .noneMatch(r -> r.contactId() == setup.contact().id());
            return null;
        });
    }
}
