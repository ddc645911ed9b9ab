package dev.ssocli.aws;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The process-wide settings {@link AwsClients} makes for the SDK: the implementations it names are the ones the
 * class-path search would have found, and the SDK's default profile files are pointed at nothing.
 */
class AwsClientsProcessSettingsTest {
    @Test
    void namedImplementationsAreTheDefaultOnes() throws ClassNotFoundException {
        Class.forName(AwsClients.class.getName(), true, AwsClients.class.getClassLoader());
        assertThat(System.getProperty("javax.xml.stream.XMLInputFactory"))
                .isEqualTo(XMLInputFactory.newDefaultFactory().getClass().getName());
        assertThat(XMLInputFactory.newInstance().getClass()).isEqualTo(XMLInputFactory.newDefaultFactory().getClass());
        assertThat(System.getProperty("slf4j.provider")).isEqualTo("org.slf4j.nop.NOPServiceProvider");
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
                .isEqualTo("org.slf4j.helpers.NOPLoggerFactory");
        assertThat(System.getProperty("aws.configFile")).isEqualTo("/dev/null");
        assertThat(System.getProperty("aws.sharedCredentialsFile")).isEqualTo("/dev/null");
    }
}
