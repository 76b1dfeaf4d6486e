package ua.orderflow.process;

import jakarta.annotation.PostConstruct;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as one deployment named "order-flow". The starter's own
 * auto-deployment names resources by absolute file path, which breaks
 * {@code camunda-forms:deployment:<file>.form} keys and redeploys whenever the checkout moves; here a
 * resource is named by its file name, and a restart with nothing changed deploys nothing.
 */
@Component
public class ProcessDeployer {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    static final String DEPLOYMENT_NAME = "order-flow";

    private final RepositoryService repository;
    private final String[] patterns;

    public ProcessDeployer(RepositoryService repository, CamundaBpmProperties camunda) {
        this.repository = repository;
        this.patterns = camunda.getDeploymentResourcePattern();
    }

    @PostConstruct
    public void deploy() throws IOException {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(true);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        int resources = 0;
        for (String pattern : patterns) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                }
                resources++;
            }
        }
        long before = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        deployment.deploy();
        long after = repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
        log.info("Deployment '{}': {} resources, {}", DEPLOYMENT_NAME, resources,
                after > before ? "changes deployed" : "nothing changed, nothing deployed");
    }
}
