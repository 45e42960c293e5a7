from django.urls import path

from academy.privacy import views

urlpatterns = [
    path("accounts/data/", views.my_data, name="my_data"),
    path("accounts/data/export/", views.request_export, name="request_export"),
    path("accounts/data/<str:token>/", views.download_export, name="download_export"),
    path("accounts/delete/", views.delete_own_account, name="delete_account"),
    path("accounts/deleted/", views.account_deleted, name="account_deleted"),
    path("people/<id:pk>/delete/", views.delete_on_request, name="delete_on_request"),
]
