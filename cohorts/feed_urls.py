from cohorts.urls import feed_urlpatterns as urlpatterns

__all__ = ["urlpatterns"]
