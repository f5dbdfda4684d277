package cn.fzmetro.portal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole portal in one Spring context shared by all tests that use this annotation, on the
 * test database (H2 in memory, or MySQL/MariaDB when DB_URL is set). {@code MockMvc} is part of
 * it: do not add {@code @AutoConfigureMockMvc} (or anything else that changes the context) to a
 * single test class. A second context replaces Vaadin's global SecurityContextHolder strategy,
 * after which method security in this context no longer sees the users tests sign in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface PortalSpringTest {
}
