package cn.kaohe.calendar;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoadedHolidayArrangementRepository extends JpaRepository<LoadedHolidayArrangement, Integer> {}
