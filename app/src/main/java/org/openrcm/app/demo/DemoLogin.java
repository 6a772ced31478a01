package org.openrcm.app.demo;

import org.openrcm.app.identity.Role;

/** A demo sign-in, printed when the demo starts. The passwords are public: the demo binds to this machine only. */
public record DemoLogin(String username, String password, Role role, String practices) {}
