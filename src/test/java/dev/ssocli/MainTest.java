package dev.ssocli;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The implementations {@code Main} names are the ones the class-path search would have found. */
class MainTest {
    @Test
    void theNamedImplementationsAreTheDefaultOnes() {
        Main.nameServiceImplementations();
        assertThat(System.getProperty("javax.xml.stream.XMLInputFactory"))
                .isEqualTo(XMLInputFactory.newDefaultFactory().getClass().getName());
        assertThat(XMLInputFactory.newInstance().getClass()).isEqualTo(XMLInputFactory.newDefaultFactory().getClass());
        assertThat(System.getProperty("slf4j.provider")).isEqualTo("org.slf4j.nop.NOPServiceProvider");
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).isEqualTo("org.slf4j.helpers.NOPLoggerFactory");
    }
}
