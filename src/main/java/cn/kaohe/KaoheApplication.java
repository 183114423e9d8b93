package cn.kaohe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kaohe 考核: workflow-driven performance assessment of township cadres. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KaoheApplication {

    public static void main(String[] args) {
        SpringApplication.run(KaoheApplication.class, args);
    }
}
