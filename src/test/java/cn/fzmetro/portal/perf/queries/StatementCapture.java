package cn.fzmetro.portal.perf.queries;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the queries the portal sends while a benchmarked call runs, with their parameters, so
 * the benchmark can replay exactly the same statements through plain JDBC and compare.
 * Wraps the application's DataSource; recording is per thread and only while switched on.
 */
final class StatementCapture implements BeanPostProcessor {

    /** One query as sent: its SQL and its parameters by position. */
    record Captured(String sql, TreeMap<Integer, Object> parameters) {
    }

    private static final ThreadLocal<List<Captured>> RECORDING = new ThreadLocal<>();

    static void start() {
        RECORDING.set(new ArrayList<>());
    }

    static List<Captured> stop() {
        List<Captured> captured = RECORDING.get();
        RECORDING.remove();
        return captured == null ? List.of() : captured;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? connection(c) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement ps && method.getName().equals("prepareStatement")
                    && RECORDING.get() != null) {
                return statement(ps, (String) args[0]);
            }
            return result;
        });
    }

    private static PreparedStatement statement(PreparedStatement statement, String sql) {
        TreeMap<Integer, Object> parameters = new TreeMap<>();
        return proxy(PreparedStatement.class, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("executeQuery") && (args == null || args.length == 0)) {
                List<Captured> recording = RECORDING.get();
                if (recording != null) {
                    recording.add(new Captured(sql, new TreeMap<>(parameters)));
                }
            }
            return invoke(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCapture.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
