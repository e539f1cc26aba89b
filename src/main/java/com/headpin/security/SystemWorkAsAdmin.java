package com.headpin.security;

import com.headpin.shared.SystemWork;
import org.springframework.stereotype.Component;

/** {@link SystemWork} for modules that cannot depend on security (scheduling, whose jobs security contributes). */
@Component
class SystemWorkAsAdmin implements SystemWork {

    @Override
    public void runAsSystem(Runnable work) {
        SystemAuthentication.runAsAdmin(work);
    }
}
