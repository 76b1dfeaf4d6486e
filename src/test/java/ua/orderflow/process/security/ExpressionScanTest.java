package ua.orderflow.process.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionScanTest {

    @Test
    void findsAnExpressionHoweverItIsWrapped() {
        assertThat(ExpressionScan.inText("dueAfterExpression=${now()}")).isTrue();
        assertThat(ExpressionScan.inText("x=#{bean.call()}")).isTrue();
        assertThat(ExpressionScan.inText("x=%24%7Bnow()%7D")).isTrue();
        assertThat(ExpressionScan.inText("x=%2524%257Bnow()%257D")).isTrue();
        assertThat(ExpressionScan.inBody("{\"orQueries\":[{\"a\":{\"b\":[\"\\u0024{x}\"]}}]}")).isTrue();
        assertThat(ExpressionScan.inBody("{\"\\u0023{key}\":1}")).isTrue();
        assertThat(ExpressionScan.inBody("not json but ${x}")).isTrue();
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(ExpressionScan.inText("name=Ціна $ 100 {шт}")).isFalse();
        assertThat(ExpressionScan.inText("malformed=%zz%")).isFalse();
        assertThat(ExpressionScan.inBody("{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}")).isFalse();
        assertThat(ExpressionScan.inBody("{\"price\":\"$100\",\"note\":\"#1 {a}\"}")).isFalse();
        assertThat(ExpressionScan.inBody("")).isFalse();
    }
}
