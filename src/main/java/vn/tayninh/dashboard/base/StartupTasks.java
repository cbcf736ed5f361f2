package vn.tayninh.dashboard.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link StartupTask}s. Spring Boot's application runners would run them only after the web server has
 * started, leaving seconds (more on a large roster) in which sign-ins meet a database without accounts; here they
 * run when every singleton exists, before the context starts its lifecycle beans, the web server among them. A task
 * that fails stops the start. Readiness ({@code /actuator/health/readiness}) turns UP only after the start.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

    private final ObjectProvider<StartupTask> tasks;

    StartupTasks(ObjectProvider<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        tasks.orderedStream().forEach(StartupTask::run);
    }
}
