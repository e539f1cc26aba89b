package com.headpin.collaboration;

import java.util.List;

/**
 * Everyone a comment could name: the active users, whether or not they may see the record. Lets comments recognise
 * "@李娜" and tell the writer when 李娜 cannot see the record. Provided by the module that owns the users.
 */
public interface People {

    List<Mentionable> active();
}
