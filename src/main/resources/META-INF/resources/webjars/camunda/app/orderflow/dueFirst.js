/*
 * Order Flow: Tasklist's list opens sorted soonest due first.
 *
 * The shared filters already order by due date, and the engine puts a filter's own order before the
 * one the list asks for, so the tasks come in due order either way. But the list keeps its sort in
 * the page address ("sorting") and, with none there, asks for and shows "Створено" (newest first),
 * which would tell a manager the wrong order. A list opened without a sort gets "Строк" (soonest
 * first); one the person picked is kept.
 */
define(['angular'], function (angular) {
  'use strict';

  var DUE_FIRST = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

  return angular.module('orderflow.dueFirst', [])
    .run(['$rootScope', '$location', function ($rootScope, $location) {
      function dueFirstUnlessChosen() {
        if ($location.path() === '/' && !$location.search().sorting) {
          $location.search('sorting', DUE_FIRST).replace();
        }
      }
      dueFirstUnlessChosen();
      $rootScope.$on('$locationChangeSuccess', dueFirstUnlessChosen);
    }]);
});
