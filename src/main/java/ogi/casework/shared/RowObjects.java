package ogi.casework.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How MyBatis makes the objects of a result row. Our row types are package-private records; MyBatis' own factory calls
 * their constructor, catches the IllegalAccessException and tries again made accessible — for every row. Profiling
 * {@code POST /api/applications} (issue #13, P1) found 60,000 such exceptions in 20 s, most of the time spent filling
 * in stack traces. This factory makes each constructor accessible once and keeps it; {@link RecordRows} matches a
 * statement's columns to its record's parameters once instead of for every row.
 */
@Configuration(proxyBeanMethods = false)
class RowObjects {

	@Bean
	ConfigurationCustomizer accessibleRowConstructors() {
		return configuration -> {
			configuration.setObjectFactory(new AccessibleObjectFactory());
			configuration.addInterceptor(new RecordRows());
		};
	}

	/** {@link DefaultObjectFactory} with each constructor looked up and made accessible once. */
	static final class AccessibleObjectFactory extends DefaultObjectFactory {

		private static final long serialVersionUID = 1L;

		private final transient ConcurrentMap<Signature, Constructor<?>> constructors = new ConcurrentHashMap<>();

		@Override
		@SuppressWarnings("unchecked")
		public <T> T create(Class<T> type, List<Class<?>> argumentTypes, List<Object> arguments) {
			Class<?> target = resolveInterface(type);
			var signature = new Signature(target, argumentTypes == null ? List.of() : argumentTypes);
			Constructor<?> constructor = constructors.get(signature);
			if (constructor == null) {
				try {
					constructor = target.getDeclaredConstructor(signature.types().toArray(Class<?>[]::new));
					constructor.setAccessible(true);
				}
				catch (NoSuchMethodException | RuntimeException e) {
					// MyBatis' own factory reports it with the values it was given
					return super.create(type, argumentTypes, arguments);
				}
				// the caller's list is the row's; the key keeps a copy of its own
				constructors.putIfAbsent(new Signature(target, new ArrayList<>(signature.types())), constructor);
			}
			try {
				return (T) constructor.newInstance(arguments == null ? new Object[0] : arguments.toArray());
			}
			catch (InvocationTargetException e) {
				throw new ReflectionException("Error instantiating " + target + " with " + signature.types()
						+ ". Cause: " + e.getCause(), e.getCause());
			}
			catch (ReflectiveOperationException | IllegalArgumentException e) {
				throw new ReflectionException("Error instantiating " + target + " with " + signature.types()
						+ ". Cause: " + e, e);
			}
		}

		private record Signature(Class<?> type, List<Class<?>> types) {
		}
	}
}
