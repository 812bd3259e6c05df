package com.kpbank.lc.standalone.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@code text/event-stream} as a client reads it (the WHATWG format: {@code id}, {@code event} and
 * {@code data} fields, events ended by an empty line, comments starting with a colon): its events queue up
 * as they arrive, read on a thread of its own, until it is closed.
 */
final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One event: its id, its name, and its data (the lines joined). */
    record Event(String id, String name, String data) {

        JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (JsonProcessingException notJson) {
                throw new AssertionError("event data is no JSON: " + data, notJson);
            }
        }

        long version() {
            return Long.parseLong(id);
        }

        /** The event's representation as a response of the API, to read its links and templates. */
        ApiResponse representation(URI uri) {
            return new ApiResponse(200, uri, HttpHeaders.of(java.util.Map.of(), (name, value) -> true), data);
        }
    }

    private final int status;
    private final String contentType;
    private final InputStream body;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    EventStream(int status, HttpHeaders headers, InputStream body) {
        this.status = status;
        this.contentType = headers.firstValue("Content-Type").orElse("");
        this.body = body;
        if (status == 200) {
            Thread reader = new Thread(this::read, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** What a refused stream answered instead. */
    String refusal() {
        try (body) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next event, waiting for it at most {@code within}. */
    Event next(Duration within) {
        try {
            Event event = events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
            if (event == null) {
                throw new AssertionError("no event within " + within);
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next event that matches, skipping the others, waiting for it at most {@code within} in all. */
    Event nextMatching(java.util.function.Predicate<Event> wanted, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Event event = next(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** Whether an event is waiting already, without waiting for one. */
    boolean hasEvent() {
        return !events.isEmpty();
    }

    List<String> comments() {
        return List.copyOf(comments);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1));
                } else {
                    int colon = line.indexOf(':');
                    String field = colon < 0 ? line : line.substring(0, colon);
                    String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                    switch (field) {
                        case "id" -> id = value;
                        case "event" -> name = value;
                        case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                        default -> { }
                    }
                }
            }
        } catch (IOException closed) {
            // the stream was closed: no more events
        } finally {
            ended.countDown();
        }
    }

    /** Whether the server ended the stream within {@code within}. */
    boolean endsWithin(Duration within) {
        try {
            return ended.await(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing what is gone already
        }
    }
}
