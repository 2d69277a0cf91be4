package ogi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import ogi.casework.accounts.Role;
import ogi.casework.shared.CaseStatus;
import ogi.casework.casework.Step;
import ogi.casework.consultation.ConsultationKind;
import ogi.casework.consultation.Opinion;
import ogi.casework.deadlines.DeadlineKind;
import ogi.casework.deadlines.ExtensionKind;
import ogi.casework.deadlines.PauseKind;
import ogi.casework.deadlines.PeriodUnit;
import ogi.casework.documents.DocumentKind;
import ogi.casework.intake.ApplicantType;
import ogi.casework.intake.Channel;
import ogi.casework.intake.IdDocumentType;
import ogi.casework.intake.ObtainingMethod;
import ogi.casework.intake.ProvisionForm;
import ogi.casework.reply.DeliveryMethod;
import ogi.casework.reply.ExemptionGround;
import ogi.casework.reply.Outcome;

/** Both languages say everything: the same keys in Chinese and English, and a label for every value shown. */
class MessageBundleTests {

	static final ResourceBundleMessageSource messages = DeadlineWordingTests.messages();

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
				.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void chineseIsTheDefaultAndEnglishIsEnglish() {
		assertThat(messages.getMessage("nav.tasks", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("待办事项");
		assertThat(messages.getMessage("nav.tasks", null, Locale.ENGLISH)).isEqualTo("Worklist");
		assertThat(messages.getMessage("nav.tasks", null, Locale.GERMAN)).isEqualTo("待办事项");
	}

	@Test
	void everyValueThePagesShowHasALabelInBothLanguages() {
		List<String> keys = new ArrayList<>();
		Stream.of(ApplicantType.class, IdDocumentType.class, Channel.class, ProvisionForm.class, ObtainingMethod.class,
				Outcome.class, ExemptionGround.class, DeliveryMethod.class, ConsultationKind.class, Opinion.class,
				ExtensionKind.class, DocumentKind.class)
				.forEach(type -> Arrays.stream(type.getEnumConstants())
						.forEach(value -> keys.add("enum." + type.getSimpleName() + "." + value.name())));
		Arrays.stream(ogi.casework.review.ReviewStage.values()).forEach(value -> keys.add("stage." + value.name()));
		Arrays.stream(ogi.casework.review.Verdict.values()).forEach(value -> keys.add("verdict." + value.name()));
		Arrays.stream(ogi.casework.litigation.MatterKind.values()).forEach(value -> keys.add("matterKind." + value.name()));
		Arrays.stream(ogi.casework.risk.RiskLevel.values()).forEach(value -> keys.add("risk." + value.name()));
		Arrays.stream(Role.values()).forEach(value -> keys.add("role." + value.name()));
		Arrays.stream(CaseStatus.values()).forEach(value -> keys.add("status." + value.name()));
		Arrays.stream(Step.values()).forEach(value -> keys.add("step." + value.taskId()));
		Arrays.stream(DeadlineKind.values()).forEach(value -> keys.add("deadline." + value.name()));
		Arrays.stream(PauseKind.values()).forEach(value -> keys.add("pause." + value.name()));
		Arrays.stream(PeriodUnit.values()).forEach(value -> keys.add("unit." + value.name()));
		Arrays.stream(ogi.casework.casework.WorklistQuery.Filter.values()).forEach(value -> keys.add("tasks.filter." + value.name()));

		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			assertThat(keys).allSatisfy(key -> assertThat(messages.getMessage(key, null, null, locale))
					.as(key + " in " + locale).isNotBlank());
		}
	}

	@Test
	void everyMessageTheTemplatesNameExistsInBothLanguages() throws IOException {
		List<String> keys = new ArrayList<>();
		var pattern = java.util.regex.Pattern.compile("#\\{([A-Za-z0-9_.]+)");
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			for (var file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				var matcher = pattern.matcher(java.nio.file.Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}

		assertThat(keys).isNotEmpty();
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			assertThat(load(bundle).stringPropertyNames()).as(bundle).containsAll(keys);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
