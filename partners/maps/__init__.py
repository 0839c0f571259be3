"""An offline map of the partner cities: a base map built from Natural Earth, markers drawn server-side."""
