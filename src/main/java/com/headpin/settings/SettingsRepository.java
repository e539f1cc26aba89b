package com.headpin.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingsRepository extends JpaRepository<SettingsRow, Long> {
}
