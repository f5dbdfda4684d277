package cn.fzmetro.portal.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Lets {@code @ApplicationModuleListener}s run on Boot's task executor instead of the thread that
 * committed the step. Application-wide; it lives here because the e-mail was its first user.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
