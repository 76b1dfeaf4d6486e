package ua.orderflow.process.delegate;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document steps of rozetka-order, one bean each as the BPMN names them; every one is a single
 * call into {@link OrderBooks}, which knows the books.
 */
@Configuration
public class DocumentDelegates {

    @Bean
    JavaDelegate issueInvoice(OrderBooks books) {
        return execution -> books.issueInvoice(execution);
    }

    @Bean
    JavaDelegate openStageDocuments(OrderBooks books) {
        return execution -> books.openStageDocuments(execution);
    }

    /** In the manager's completion of «Відправити замовлення» or «Передати посилку перевізнику». */
    @Bean
    JavaDelegate issueExpenseNote(OrderBooks books) {
        return execution -> books.issueExpenseNote(execution);
    }

    /** The same note for an order shipped in ROZETKA's cabinet: a job of its own, no manager behind it. */
    @Bean
    JavaDelegate bookRozetkaShipment(OrderBooks books) {
        return execution -> books.issueExpenseNote(execution);
    }

    @Bean
    JavaDelegate updateDeliveryState(OrderBooks books) {
        return execution -> books.markDelivered(execution);
    }

    @Bean
    JavaDelegate returnStock(OrderBooks books) {
        return execution -> books.returnStock(execution);
    }

    @Bean
    JavaDelegate closeReceivedOrder(OrderBooks books) {
        return execution -> books.closeReceived(execution);
    }

    @Bean
    JavaDelegate cancelOrderDocuments(OrderBooks books) {
        return execution -> books.cancelDocuments(execution);
    }

    @Bean
    JavaDelegate applyItemChanges(OrderBooks books) {
        return execution -> books.applyItemChanges(execution);
    }
}
