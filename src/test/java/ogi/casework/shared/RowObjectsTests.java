package ogi.casework.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.reflection.ReflectionException;
import org.junit.jupiter.api.Test;

class RowObjectsTests {

	private record Row(String caseNumber, int count) {
	}

	private final RowObjects.AccessibleObjectFactory factory = new RowObjects.AccessibleObjectFactory();

	@Test
	void makesPrivateRecordsFromTheirConstructorEveryTime() {
		for (int i = 0; i < 3; i++) {
			Row row = factory.create(Row.class, List.of(String.class, int.class), List.of("A-2026-000001", i));
			assertThat(row).isEqualTo(new Row("A-2026-000001", i));
		}
	}

	@Test
	void makesCollectionsForTheirInterfaces() {
		assertThat(factory.create(List.class)).isInstanceOf(ArrayList.class).isEmpty();
	}

	@Test
	void aConstructorThatDoesNotExistIsReportedWithTheType() {
		assertThatThrownBy(() -> factory.create(Row.class, List.of(String.class), List.of("x")))
			.isInstanceOf(ReflectionException.class).hasMessageContaining("Row");
	}

	@Test
	void aConstructorThatFailsIsReportedWithItsCause() {
		assertThatThrownBy(() -> factory.create(Row.class, List.of(String.class, int.class), List.of("x", "not a number")))
			.isInstanceOf(ReflectionException.class).hasMessageContaining("Row");
	}
}
