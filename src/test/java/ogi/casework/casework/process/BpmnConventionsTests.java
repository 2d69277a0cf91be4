package ogi.casework.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ogi.casework.accounts.Role;
import ogi.casework.casework.Step;

/** Every deployed model follows the conventions: business-word ids, roles as groups, one facade bean, and a diagram. */
class BpmnConventionsTests {

	static final Pattern BUSINESS_ID = Pattern.compile("[a-z][a-zA-Z0-9]+");

	static final Pattern FACADE_CALL = Pattern.compile("\\$\\{(\\w+)\\.(\\w+)\\(([^)]*)\\)}");

	/** One facade bean per process: its name in expressions and its class. */
	static final java.util.Map<String, Class<?>> FACADES = java.util.Map.of("disclosureRequest", DisclosureTasks.class,
			"deadlineReconciliation", ReconciliationTasks.class, "legalMatter", LegalMatterTasks.class,
			"periodicReview", PeriodicReviewTasks.class, "disclosureReview", PeriodicReviewTasks.class);

	static List<BpmnModel> models() throws IOException {
		var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
		assertThat(resources).isNotEmpty();
		return Arrays.stream(resources).map(resource -> {
			try (var in = resource.getInputStream()) {
				var reader = XMLInputFactory.newInstance().createXMLStreamReader(in, "UTF-8");
				return new BpmnXMLConverter().convertToBpmnModel(reader);
			}
			catch (Exception e) {
				throw new IllegalStateException("Cannot parse " + resource, e);
			}
		}).toList();
	}

	/**
	 * The diagram on the case page shows every element's name: each is Chinese (an article as 第三十三条第二款, not
	 * "Art. 33(2)"), and no name is left in English or as an id. Message names are correlation keys, not labels.
	 */
	@Test
	void everyNameOnTheDiagramIsChinese() throws IOException {
		Pattern chinese = Pattern.compile("\\p{IsHan}");
		Pattern latin = Pattern.compile("[A-Za-z]");
		for (var model : models()) {
			model.getProcesses().forEach(process -> assertThat(process.getName()).as(process.getId())
				.containsPattern(chinese).doesNotContainPattern(latin));
			elements(model).filter(element -> element.getName() != null && !element.getName().isBlank())
				.forEach(element -> assertThat(element.getName()).as(element.getId())
					.containsPattern(chinese).doesNotContainPattern(latin));
			assertThat(elements(model).filter(element -> element instanceof FlowNode
					&& !(element instanceof org.flowable.bpmn.model.Gateway)
					&& (element.getName() == null || element.getName().isBlank())))
				.as("unnamed events and tasks").isEmpty();
		}
	}

	@Test
	void idsAreBusinessWordsNotModelerIds() throws IOException {
		for (var model : models()) {
			elements(model).forEach(element -> assertThat(element.getId())
					.as("element id").matches(BUSINESS_ID).doesNotStartWith("sid").doesNotContain("_"));
			model.getProcesses().forEach(process -> assertThat(process.getId()).matches(BUSINESS_ID));
		}
	}

	@Test
	void everyUserTaskIsAStepWorkedByItsRole() throws IOException {
		var userTasks = models().stream().flatMap(BpmnConventionsTests::elements).filter(UserTask.class::isInstance)
				.map(UserTask.class::cast).toList();

		userTasks.forEach(task -> {
			var step = Step.of(task.getId());
			assertThat(step).as("Step for user task %s", task.getId()).isPresent();
			assertThat(task.getCandidateGroups()).as("groups of %s", task.getId())
					.containsExactly(step.get().role().name());
			assertThat(Role.valueOf(task.getCandidateGroups().get(0))).isNotNull();
		});
		assertThat(userTasks).extracting(UserTask::getId)
				.containsExactlyInAnyOrder(Arrays.stream(Step.values()).map(Step::taskId).toArray(String[]::new));
	}

	@Test
	void serviceTasksCallExistingMethodsOfTheirProcesssFacadeBean() throws IOException {
		for (var model : models()) {
			for (var process : model.getProcesses()) {
				Class<?> facade = FACADES.get(process.getId());
				assertThat(facade).as("facade bean of process %s", process.getId()).isNotNull();
				String beanName = Character.toLowerCase(facade.getSimpleName().charAt(0))
						+ facade.getSimpleName().substring(1);
				flatten(process.getFlowElements()).filter(ServiceTask.class::isInstance).map(ServiceTask.class::cast)
						.forEach(task -> {
							var call = FACADE_CALL.matcher(task.getImplementation());
							assertThat(call.matches()).as("%s calls a facade method", task.getId()).isTrue();
							assertThat(call.group(1)).as("bean of %s", task.getId()).isEqualTo(beanName);
							int arity = call.group(3).isBlank() ? 0 : call.group(3).split(",").length;
							assertThat(Arrays.stream(facade.getDeclaredMethods())
									.filter(method -> Modifier.isPublic(method.getModifiers()))
									.filter(method -> method.getName().equals(call.group(2)))
									.map(Method::getParameterCount))
									.as("public method %s/%d of %s", call.group(2), arity, facade.getSimpleName())
									.contains(arity);
						});
			}
		}
	}

	@Test
	void conditionsCallOnlyPublicMethodsOfTheFacadeBean() throws IOException {
		var call = Pattern.compile("(\\w+)\\.(\\w+)\\(([^)]*)\\)");
		for (var model : models()) {
			for (var process : model.getProcesses()) {
				Class<?> facade = FACADES.get(process.getId());
				String beanName = Character.toLowerCase(facade.getSimpleName().charAt(0))
						+ facade.getSimpleName().substring(1);
				flatten(process.getFlowElements()).filter(SequenceFlow.class::isInstance).map(SequenceFlow.class::cast)
						.filter(flow -> flow.getConditionExpression() != null).forEach(flow -> {
							var matcher = call.matcher(flow.getConditionExpression());
							while (matcher.find()) {
								assertThat(matcher.group(1)).as("bean called in %s", flow.getId()).isEqualTo(beanName);
								int arity = matcher.group(3).isBlank() ? 0 : matcher.group(3).split(",").length;
								String name = matcher.group(2);
								assertThat(Arrays.stream(facade.getDeclaredMethods())
										.filter(method -> Modifier.isPublic(method.getModifiers()))
										.filter(method -> method.getName().equals(name))
										.filter(method -> method.getReturnType() == boolean.class)
										.map(Method::getParameterCount))
										.as("public boolean method %s/%d of %s", name, arity, facade.getSimpleName())
										.contains(arity);
							}
						});
			}
		}
	}

	@Test
	void everyElementIsDrawn() throws IOException {
		for (var model : models()) {
			elements(model).forEach(element -> {
				if (element instanceof FlowNode) {
					assertThat(model.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
				}
				if (element instanceof SequenceFlow) {
					assertThat(model.getFlowLocationGraphicInfo(element.getId())).as("edge of %s", element.getId())
							.isNotEmpty();
				}
			});
		}
	}

	private static Stream<FlowElement> elements(BpmnModel model) {
		return model.getProcesses().stream().flatMap(process -> flatten(process.getFlowElements()));
	}

	private static Stream<FlowElement> flatten(Collection<FlowElement> elements) {
		return elements.stream().flatMap(element -> element instanceof FlowElementsContainer container
				? Stream.concat(Stream.of(element), flatten(container.getFlowElements()))
				: Stream.of(element));
	}
}
