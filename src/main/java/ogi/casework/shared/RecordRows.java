package ogi.casework.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Result rows made into records the way MyBatis' argument-name constructor auto-mapping makes them, with the work it
 * repeats for every row done once per statement and column set. MyBatis looks up the constructor, its parameters, each
 * parameter's {@code @Param} and type, compares every column name with every parameter name and asks for a type
 * handler — for each row: a profile of the register search by applicant name (issue #13, P2) found 60 % of the
 * request's CPU there, for 21 rows of five columns.
 * <p>
 * Only the plain case is taken over: a select whose single result map is automatic (no result mappings, no
 * discriminator, nothing nested) for a record with one constructor, every parameter found in exactly one column, no
 * row bounds and no result handler of the caller's, with MyBatis set to map by argument name and to ignore unknown
 * columns. Everything else — and any statement whose columns do not fit its record — is left to MyBatis, so its own
 * errors still name the statement. A row is what MyBatis makes of it: the record from the same type handlers and the
 * same object factory, and {@code null} for a row whose every column is null (unless {@code returnInstanceForEmptyRow}).
 */
final class RecordRows implements Interceptor {

	private static final Logger log = LoggerFactory.getLogger(RecordRows.class);

	/** DefaultResultSetHandler keeps what decides whether a statement is plain in private fields. */
	private static final Field MAPPED_STATEMENT = field("mappedStatement");

	private static final Field ROW_BOUNDS = field("rowBounds");

	private static final Field RESULT_HANDLER = field("resultHandler");

	private static final boolean FIELDS_READABLE = MAPPED_STATEMENT != null && ROW_BOUNDS != null
			&& RESULT_HANDLER != null;

	/** For each statement, its record's constructor when it is a plain select for one (decided once). */
	private final ConcurrentMap<MappedStatement, Optional<Constructor<?>>> plainSelects = new ConcurrentHashMap<>();

	private final ConcurrentMap<Shape, Optional<Plan>> plans = new ConcurrentHashMap<>();

	@Override
	public Object plugin(Object target) {
		// our own wrapper instead of MyBatis' reflective proxy, which reads this class's annotations on every wrap
		return FIELDS_READABLE && target instanceof DefaultResultSetHandler handler ? new Handler(handler) : target;
	}

	@Override
	public Object intercept(Invocation invocation) throws Throwable {
		// plugin() wraps without MyBatis' proxy, which is what would call this
		return invocation.proceed();
	}

	/** How many statement shapes have a plan (for tests). */
	int plans() {
		return (int) plans.values().stream().filter(Optional::isPresent).count();
	}

	private static Field field(String name) {
		try {
			Field field = DefaultResultSetHandler.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			log.warn("MyBatis' DefaultResultSetHandler has no field {}; rows are mapped by MyBatis alone", name);
			return null;
		}
	}

	/** The result map and the columns a statement answered with: what decides how its rows are made. */
	private record Shape(String resultMap, List<String> columns, List<JdbcType> jdbcTypes) {
	}

	/** How to make one row: the column of each constructor parameter, and its type handler. */
	private record Plan(Class<?> type, List<Class<?>> parameterTypes, int[] columns, TypeHandler<?>[] handlers) {
	}

	private final class Handler implements ResultSetHandler {

		private final DefaultResultSetHandler delegate;

		Handler(DefaultResultSetHandler delegate) {
			this.delegate = delegate;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <E> List<E> handleResultSets(Statement statement) throws SQLException {
			return (List<E>) rows(statement);
		}

		private List<Object> rows(Statement statement) throws SQLException {
			MappedStatement mapped;
			try {
				mapped = (MappedStatement) MAPPED_STATEMENT.get(delegate);
				if (ROW_BOUNDS.get(delegate) != RowBounds.DEFAULT || RESULT_HANDLER.get(delegate) != null) {
					return delegate.handleResultSets(statement);
				}
			}
			catch (IllegalAccessException e) {
				return delegate.handleResultSets(statement);
			}
			Configuration configuration = mapped.getConfiguration();
			Constructor<?> constructor = plainSelects.computeIfAbsent(mapped, RecordRows::plainRecord).orElse(null);
			if (constructor == null) {
				return delegate.handleResultSets(statement);
			}
			ResultSet rows = statement.getResultSet();
			if (rows == null) {
				return delegate.handleResultSets(statement);
			}
			ResultSetWrapper wrapper = new ResultSetWrapper(rows, configuration);
			ResultMap map = mapped.getResultMaps().get(0);
			Plan plan = plans.computeIfAbsent(
					new Shape(map.getId(), wrapper.getColumnNames(), wrapper.getJdbcTypes()),
					shape -> plan(constructor, wrapper, configuration))
				.orElse(null);
			if (plan == null) {
				return delegate.handleResultSets(statement);
			}
			try (rows) {
				List<Object> made = new ArrayList<>();
				Object[] values = new Object[plan.columns().length];
				while (rows.next()) {
					boolean found = false;
					for (int i = 0; i < values.length; i++) {
						values[i] = plan.handlers()[i].getResult(rows, plan.columns()[i]);
						found |= values[i] != null;
					}
					made.add(found || configuration.isReturnInstanceForEmptyRow()
							? configuration.getObjectFactory().create(plan.type(), plan.parameterTypes(),
									Arrays.asList(values.clone()))
							: null);
				}
				return made;
			}
		}

		@Override
		public <E> Cursor<E> handleCursorResultSets(Statement statement) throws SQLException {
			return delegate.handleCursorResultSets(statement);
		}

		@Override
		public void handleOutputParameters(CallableStatement statement) throws SQLException {
			delegate.handleOutputParameters(statement);
		}
	}

	/** The record's constructor when {@code mapped} is a plain select for it. */
	private static Optional<Constructor<?>> plainRecord(MappedStatement mapped) {
		Configuration configuration = mapped.getConfiguration();
		if (mapped.getResultMaps().size() != 1 || mapped.getResultSets() != null
				|| !configuration.isArgNameBasedConstructorAutoMapping()
				|| configuration.getAutoMappingUnknownColumnBehavior() != AutoMappingUnknownColumnBehavior.NONE
				|| configuration.getAutoMappingBehavior() == AutoMappingBehavior.NONE) {
			return Optional.empty();
		}
		ResultMap map = mapped.getResultMaps().get(0);
		Class<?> type = map.getType();
		if (!map.getResultMappings().isEmpty() || map.getDiscriminator() != null || map.hasNestedResultMaps()
				|| map.hasNestedQueries() || Boolean.FALSE.equals(map.getAutoMapping())
				|| configuration.getTypeHandlerRegistry().hasTypeHandler(type) || !type.isRecord()) {
			return Optional.empty();
		}
		Constructor<?>[] declared = type.getDeclaredConstructors();
		// a record without components MyBatis makes by its no-argument constructor, not by auto-mapping
		return declared.length == 1 && declared[0].getParameterCount() > 0 ? Optional.of(declared[0]) : Optional.empty();
	}

	/**
	 * Each parameter's column as MyBatis matches them (the {@code @Param} name or the parameter's, against the column
	 * label without underscores when map-underscore-to-camel-case is on, ignoring case); empty when a parameter has no
	 * column or several.
	 */
	private static Optional<Plan> plan(Constructor<?> constructor, ResultSetWrapper wrapper,
			Configuration configuration) {
		Parameter[] parameters = constructor.getParameters();
		List<String> columns = wrapper.getColumnNames();
		int[] indexes = new int[parameters.length];
		TypeHandler<?>[] handlers = new TypeHandler<?>[parameters.length];
		for (int p = 0; p < parameters.length; p++) {
			Param annotation = parameters[p].getAnnotation(Param.class);
			String name = annotation == null ? parameters[p].getName() : annotation.value();
			indexes[p] = -1;
			for (int c = 0; c < columns.size(); c++) {
				String column = columns.get(c);
				if (name.equalsIgnoreCase(configuration.isMapUnderscoreToCamelCase() ? column.replace("_", "")
						: column)) {
					if (indexes[p] >= 0) {
						return Optional.empty();
					}
					indexes[p] = c + 1;
					handlers[p] = wrapper.getTypeHandler(parameters[p].getType(), column);
				}
			}
			if (indexes[p] < 0) {
				return Optional.empty();
			}
		}
		return Optional.of(new Plan(constructor.getDeclaringClass(), List.of(constructor.getParameterTypes()), indexes,
				handlers));
	}
}
