package com.ticketorleaveit.events.command.vendors;

import com.ticketorleaveit.proto.vendors.v1.VendorDirectoryGrpc.VendorDirectoryBlockingStub;
import net.devh.boot.grpc.client.inject.GrpcClient;
import net.devh.boot.grpc.client.inject.GrpcClientBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gRPC vendor directory, on the channel {@code grpc.client.vendor-directory.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VendorDirectoryProperties.class)
@GrpcClientBean(
        clazz = VendorDirectoryBlockingStub.class,
        beanName = "vendorDirectoryStub",
        client = @GrpcClient("vendor-directory"))
class VendorDirectoryConfiguration {

    @Bean
    VendorDirectory vendorDirectory(
            VendorDirectoryBlockingStub vendorDirectoryStub, VendorDirectoryProperties properties) {
        return new GrpcVendorDirectory(vendorDirectoryStub, properties);
    }
}
