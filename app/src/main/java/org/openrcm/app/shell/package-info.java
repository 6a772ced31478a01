/**
 * The frame every page sits in: layout, navigation by stage, practice switcher, home dashboard, error pages and
 * problem+json answers. Depends on the modules whose pages it frames; none depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.openrcm.app.shell;
