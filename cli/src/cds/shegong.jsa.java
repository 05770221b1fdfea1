${java.home}
