"""The open-data files, language-free: the host site includes these, e.g. under /open-data/."""

from django.urls import path

from reports.opendata import views

urlpatterns = [
    path("trips.csv", views.trips_csv, name="open_data_trips_csv"),
    path("trips.json", views.trips_json, name="open_data_trips_json"),
    path("expenses.csv", views.expenses_csv, name="open_data_expenses_csv"),
    path("datapackage.json", views.datapackage, name="open_data_datapackage"),
    path("dcat.jsonld", views.dcat, name="open_data_dcat"),
]
