/**
 * Shared kernel of the portal: security, roles, the main layout, translations and data-file
 * reading. Open, because every feature module builds on it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.fzmetro.portal.base;

import org.springframework.modulith.ApplicationModule;
