/** Value types, settings and error types that every module uses. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ogi.casework.shared;
