package id.go.prakerja.notification;

/** Events of notification streams. */
public sealed interface NotificationEvent permits NotificationRequested {}
