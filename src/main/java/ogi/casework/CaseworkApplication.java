package ogi.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Case-handling engine for applications for disclosure of government information (政府信息公开申请). */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "shared")
public class CaseworkApplication {

	public static void main(String[] args) {
		SpringApplication.run(CaseworkApplication.class, args);
	}
}
