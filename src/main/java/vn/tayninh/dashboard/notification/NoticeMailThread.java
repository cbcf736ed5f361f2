package vn.tayninh.dashboard.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread e-mails leave on: one at a time, in the order they were kept, so a hung SMTP server holds this
 * thread only (each call is bounded by the {@code spring.mail.properties.mail.smtp.*timeout} settings).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class NoticeMailThread {

    @Bean(name = NoticeMail.THREAD, destroyMethod = "shutdown")
    ThreadPoolTaskExecutor noticeMailExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("notice-mail-");
        executor.setDaemon(true);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
