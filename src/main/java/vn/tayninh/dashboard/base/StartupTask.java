package vn.tayninh.dashboard.base;

/**
 * Work done once at start, before the application takes its first request: checking that a production start is
 * safe, filling an empty database with the demo data, creating the accounts sign-ins look up. {@link StartupTasks}
 * runs every such bean in its {@link org.springframework.core.annotation.Order} after all beans are ready and
 * before the web server opens its port, so no request is answered as if the database were empty.
 */
public interface StartupTask {

    void run();
}
