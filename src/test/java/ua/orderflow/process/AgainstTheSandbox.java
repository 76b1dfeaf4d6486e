package ua.orderflow.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.accounting.CatalogueImport;
import ua.orderflow.support.TestData;
import ua.orderflow.sync.SandboxAdmin;
import ua.orderflow.sync.ShopSync;

/**
 * What the lifecycle ITs share (each is a {@code @PostgresIntegrationTest}): the service, its
 * sandbox over HTTP and a clean slate before every test, the sandbox's order numbers starting anew.
 */
public abstract class AgainstTheSandbox {

    @LocalServerPort
    protected int port;
    @Autowired
    protected ShopSync sync;
    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected CatalogueImport catalogue;

    protected SandboxAdmin sandbox;
    protected OrderDesk desk;

    @BeforeEach
    protected void cleanSlate() {
        sandbox = new SandboxAdmin(port);
        TestData.forgetEverything(engine, jdbc, catalogue);
        sandbox.reset();
        desk = new OrderDesk(engine, sync, jdbc, sandbox);
    }
}
