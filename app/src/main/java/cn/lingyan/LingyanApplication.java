package cn.lingyan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LingyanApplication {

    public static void main(String[] args) {
        SpringApplication.run(LingyanApplication.class, args);
    }
}
