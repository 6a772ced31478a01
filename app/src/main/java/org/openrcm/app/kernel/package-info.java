/**
 * Values shared by every module: typed ids, {@link org.openrcm.app.kernel.Money} and the one exception type for
 * refused commands. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.openrcm.app.kernel;
