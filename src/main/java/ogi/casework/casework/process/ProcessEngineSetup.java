package ogi.casework.casework.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the process engine to our clock, our worklist projection and our schema migrations. */
@Configuration(proxyBeanMethods = false)
class ProcessEngineSetup {

	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> caseworkEngineConfigurer(Clock clock,
			TaskEvents taskEvents, DeadJobs deadJobs) {
		return engine -> {
			engine.setClock(new EngineClock(clock));
			// The case page draws the process from its BPMN XML (CasePagesController.PROCESS_XML); nothing reads the
			// PNG Flowable would otherwise render on every deployment with Java2D — ~0.9 s of a first start on two
			// cores, and AWT's native libraries and fonts kept in memory for the life of the node.
			engine.setCreateDiagramOnDeploy(false);
			List<FlowableEventListener> listeners = new ArrayList<>();
			if (engine.getEventListeners() != null) {
				listeners.addAll(engine.getEventListeners());
			}
			listeners.add(taskEvents);
			listeners.add(deadJobs);
			engine.setEventListeners(listeners);
		};
	}

	/**
	 * Flyway must finish before Flowable creates its {@code ACT_*} tables, or Flyway finds a non-empty schema and
	 * refuses to migrate it.
	 */
	@Bean
	static BeanFactoryPostProcessor processEngineAfterFlyway() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition("processEngine")
					&& beanFactory.containsBeanDefinition("flywayInitializer")) {
				var definition = beanFactory.getBeanDefinition("processEngine");
				var dependsOn = new ArrayList<>(
						definition.getDependsOn() == null ? List.of() : Arrays.asList(definition.getDependsOn()));
				dependsOn.add("flywayInitializer");
				definition.setDependsOn(dependsOn.toArray(String[]::new));
			}
		};
	}
}
