from django.urls import path

from academy.translating import views

urlpatterns = [
    path("", views.workspace, name="translation_workspace"),
    path("<str:language>/", views.language_items, name="translation_language"),
    path(
        "<str:language>/<slug:kind_key>/<id:pk>/",
        views.translate_item,
        name="translation_item",
    ),
]
