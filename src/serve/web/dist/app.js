// placeholder, replaced by the build
