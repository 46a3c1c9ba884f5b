package org.plans.dsl.tests.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.NetworkChannel;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;

/** What talking to the network takes in Java: HTTP clients, sockets, opening a URL. */
final class NetworkIo {

	private NetworkIo() {
	}

	static final DescribedPredicate<JavaClass> CLASSES = resideInAPackage("java.net.http..")
			.or(assignableTo(Socket.class)).or(assignableTo(ServerSocket.class)).or(assignableTo(DatagramSocket.class))
			.or(assignableTo(URLConnection.class)).or(assignableTo(NetworkChannel.class))
			.as("network classes (java.net.http, sockets, URL connections, network channels)");

	static final DescribedPredicate<JavaMethodCall> URL_OPENING = DescribedPredicate.describe("URL.openConnection/openStream",
			call -> call.getTargetOwner().isEquivalentTo(URL.class)
					&& (call.getName().equals("openConnection") || call.getName().equals("openStream")));
}
