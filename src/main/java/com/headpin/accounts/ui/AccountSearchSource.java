package com.headpin.accounts.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.headpin.accounts.AccountService;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.SearchText;
import com.headpin.workspace.SearchHit;
import com.headpin.workspace.SearchSource;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;

/** Accounts in the top bar's search, by Chinese or English name; the other name and the owner tell them apart. */
@Component
class AccountSearchSource implements SearchSource {

    private final AccountService accounts;
    private final HeadpinI18NProvider i18n;

    AccountSearchSource(AccountService accounts, HeadpinI18NProvider i18n) {
        this.accounts = accounts;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String kindKey() {
        return "nav.accounts";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.BUILDING;
    }

    @Override
    public List<SearchHit> find(SearchText text, int limit, Locale locale) {
        return accounts.search(text.text(), limit).stream().map(account -> new SearchHit(account.name(),
                Stream.of(account.altName(), account.ownerName(),
                                account.notPursuing() ? i18n.getTranslation("account.not-pursuing", locale) : null)
                        .filter(Objects::nonNull).collect(Collectors.joining(" · ")),
                "accounts/" + account.id())).toList();
    }
}
