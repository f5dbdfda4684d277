/** Case components that other modules' views build on (the lazy case list). */
@NamedInterface("ui")
package cn.fzmetro.portal.casefile.ui;

import org.springframework.modulith.NamedInterface;
